package org.mingcha.rules.scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mingcha.core.evidence.Attribution;
import org.mingcha.core.fact.Facts;
import org.mingcha.core.fact.policy.PolicyStatement;
import org.mingcha.core.kb.ServiceType;
import org.mingcha.core.rule.Finding;
import org.mingcha.core.rule.LocalizedText;
import org.mingcha.core.rule.RuleContext;

/**
 * The policy calls PI "necessary" that the regulation does not list as necessary for the app's service type, so
 * users are told they cannot refuse what they may. One finding per such statement; evidence: the statement.
 * Statements naming personal information only in general words are not judged. Arguments: {@code {0}} the
 * statement, {@code {1}}/{@code {2}} service type zh/en, {@code {3}}/{@code {4}} note on a proposed type,
 * {@code {5}}/{@code {6}} the type's necessary PI.
 */
public final class NecessaryOverclaimedRule extends ServiceTypeRule {

    /** Lexicon items that name no kind of PI: "personal information", "sensitive personal information". */
    private static final Set<String> GENERAL = Set.of("personal_information", "sensitive_personal_information");

    @Override
    public String id() {
        return "MC-SCOPE-NECESSARY-OVERCLAIMED";
    }

    @Override
    protected List<Finding> check(ServiceType type, LocalizedText note, Facts facts, RuleContext context) {
        Set<String> necessary = type.necessaryItems();
        LocalizedText list = necessaryText(type, context);
        List<Finding> out = new ArrayList<>();
        for (PolicyStatement s : facts.all(PolicyStatement.class)) {
            if (s.kind() != PolicyStatement.Kind.NECESSARY_PI) {
                continue;
            }
            boolean beyond = s.items().stream().anyMatch(i -> !GENERAL.contains(i) && !necessary.contains(i));
            if (beyond) {
                out.add(context.finding(Attribution.app(), List.of(s.evidence()), s.text(), type.nameZh(),
                        type.nameEn(), note.zh(), note.en(), list.zh(), list.en()));
            }
        }
        return out;
    }
}
