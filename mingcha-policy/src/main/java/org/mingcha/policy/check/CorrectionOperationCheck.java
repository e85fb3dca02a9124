package org.mingcha.policy.check;

/** 6.2.1.l.2: the user operation "更正"; terms in {@code CorrectionOperationCheck.yaml}. */
public final class CorrectionOperationCheck extends UserOperationCheck {
}
