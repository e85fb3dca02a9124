package org.mingcha.policy.check;

/** 6.2.1.l.3: the user operation "删除"; terms in {@code DeletionOperationCheck.yaml}. */
public final class DeletionOperationCheck extends UserOperationCheck {
}
