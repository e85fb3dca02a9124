package org.mingcha.policy.check;

/** 6.2.1.l.4: the user operation "注销"; terms in {@code AccountCancellationCheck.yaml}. */
public final class AccountCancellationCheck extends UserOperationCheck {
}
