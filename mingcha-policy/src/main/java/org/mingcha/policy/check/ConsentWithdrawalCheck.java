package org.mingcha.policy.check;

/** 6.2.1.l.5: the user operation "撤回"; terms in {@code ConsentWithdrawalCheck.yaml}. */
public final class ConsentWithdrawalCheck extends UserOperationCheck {
}
