package org.mingcha.policy.check;

import java.util.List;

/** The explicit registry of the built-in clause checks, in guide order. */
public final class PolicyChecks {

    private PolicyChecks() {
    }

    public static List<PolicyCheck> all() {
        return List.of(
                new ReadabilityCheck(),
                new DatesCheck(),
                new ProviderCheck(),
                new SecurityCheck(),
                new SensitiveMarkingCheck(),
                new ProcessingDetailCheck(),
                new SoleImprovementCheck(),
                new SharingCheck(),
                new QueryOperationCheck(),
                new CorrectionOperationCheck(),
                new DeletionOperationCheck(),
                new AccountCancellationCheck(),
                new ConsentWithdrawalCheck(),
                new CopyOperationCheck(),
                new AutomatedDecisionComplaintCheck(),
                new RequestResponseCheck(),
                new ConsentExceptionsCheck(),
                new UnfairTermsCheck(),
                new ChildrenCheck(),
                new StorageCheck(),
                new SdkListCheck(),
                new PersonalisationCheck(),
                new AutomatedDecisionCheck(),
                new CrossBorderCheck());
    }
}
