package org.mingcha.policy.check;

/** 6.2.1.l.1: the user operation "查询"; terms in {@code QueryOperationCheck.yaml}. */
public final class QueryOperationCheck extends UserOperationCheck {
}
