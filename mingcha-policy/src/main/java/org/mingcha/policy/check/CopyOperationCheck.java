package org.mingcha.policy.check;

/** 6.2.1.l.6: the user operation "副本"; terms in {@code CopyOperationCheck.yaml}. */
public final class CopyOperationCheck extends UserOperationCheck {
}
