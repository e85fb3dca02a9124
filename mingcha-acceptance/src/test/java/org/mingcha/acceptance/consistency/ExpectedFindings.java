package org.mingcha.acceptance.consistency;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mingcha.core.kb.KnowledgeBase;
import org.mingcha.core.kb.PiType;
import org.mingcha.core.kb.ServiceType;

/**
 * The says-versus-does and scope findings a pair must produce, derived from what the code does
 * ({@link ArtifactCode}) and what the policy says ({@link PolicyLabel}) by the rules as their documentation states
 * them (mingcha-rules {@code consistency}, {@code scope}). The knowledge base supplies only definitions: which
 * lexicon items declare a PI type by name or in general words, which permission gates which type, and the
 * regulation's necessary PI of the service type.
 */
final class ExpectedFindings {

    static final String SENSITIVE_IN_GENERAL = "sensitive_personal_information";
    private static final Set<String> GENERAL_ITEMS = Set.of("personal_information", SENSITIVE_IN_GENERAL);

    private final KnowledgeBase kb;
    private final ArtifactCode code;
    private final PolicyLabel policy;
    private final ServiceType serviceType;

    ExpectedFindings(KnowledgeBase kb, ArtifactCode code, PolicyLabel policy) {
        this.kb = kb;
        this.code = code;
        this.policy = policy;
        this.serviceType = kb.serviceType(policy.serviceType())
                .orElseThrow(() -> new IllegalArgumentException("unknown service type " + policy.serviceType()));
    }

    Set<FindingKey> all() {
        Set<FindingKey> out = new TreeSet<>();
        Set<PiType> collected = collected();
        Set<PiType> requested = requested();
        Set<PiType> app = types(code.piTypesByParty().getOrDefault(ArtifactCode.APP, Set.of()));
        for (PiType t : kb.piTypes()) {
            // PI the app's own code collects that the policy never names, not even in general words
            if (app.contains(t) && undeclared(t)) {
                out.add(FindingKey.app("MC-SAYS-PI-UNDECLARED", t.id()));
            }
            // PI any code collects that the policy covers only in general words
            if (collected.contains(t) && vague(t)) {
                out.add(FindingKey.app("MC-SAYS-PI-VAGUE", t.id()));
            }
            // sensitive PI collected without a promise of separate consent, for it or for sensitive PI in general
            if (t.sensitive() && collected.contains(t) && !separateConsent(t)) {
                out.add(FindingKey.app("MC-SAYS-SENSITIVE-NO-SEPARATE-CONSENT", t.id()));
            }
            // a permission gating PI the policy never mentions; PI of the app's own code is the first rule's
            if (requested.contains(t) && !app.contains(t) && undeclared(t)) {
                out.add(FindingKey.app("MC-SAYS-PERMISSION-UNEXPLAINED", t.id()));
            }
            // PI declared by name that nothing explains, unless its words cover collected PI in general terms
            if (declared(t) && !collected.contains(t) && !requested.contains(t)
                    && declaringItems(t).stream().noneMatch(coveringItems(collected, requested)::contains)) {
                out.add(FindingKey.app("MC-SAYS-PI-OVER-DECLARED", t.id()));
            }
            // PI beyond the service type's necessary PI that the policy does not let users refuse
            if ((collected.contains(t) || requested.contains(t)) && !serviceType.isNecessary(t) && !optional(t)) {
                out.add(FindingKey.app("MC-SCOPE-BEYOND-NECESSARY", t.id()));
            }
        }
        for (String sdk : code.detectedSdks()) {
            Set<PiType> own = types(code.piTypesByParty().getOrDefault(sdk, Set.of()));
            boolean listed = policy.sdks().containsKey(sdk);
            if (!listed) {
                out.add(FindingKey.of("MC-SAYS-SDK-UNLISTED", sdk, Set.of()));
                Set<String> notDeclared = own.stream().filter(t -> !declared(t)).map(PiType::id)
                        .collect(Collectors.toSet());
                if (!notDeclared.isEmpty()) {
                    out.add(FindingKey.of("MC-SAYS-SDK-PI-UNDECLARED", sdk, notDeclared));
                }
            }
            PolicyLabel.SdkEntry entry = policy.sdkEntries().get(sdk);
            if (entry != null) {
                Set<String> lacks = new TreeSet<>();
                if (!entry.purpose()) {
                    lacks.add("aspect:purpose");
                }
                if (!entry.method()) {
                    lacks.add("aspect:method");
                }
                if (!entry.piTypes()) {
                    lacks.add("aspect:piTypes");
                } else {
                    own.stream().filter(t -> !names(entry.pi(), t)).forEach(t -> lacks.add(t.id()));
                }
                if (!lacks.isEmpty()) {
                    out.add(FindingKey.of("MC-SAYS-SDK-INCOMPLETE", sdk, lacks));
                }
            }
        }
        if (policy.encryptedTransmission() && code.contradictsEncryption()) {
            out.add(FindingKey.app("MC-SAYS-TRANSMISSION-CONTRADICTED"));
        }
        Set<String> necessary = serviceType.necessaryItems();
        for (List<String> claim : policy.necessary()) {
            if (claim.stream().anyMatch(i -> !GENERAL_ITEMS.contains(i) && !necessary.contains(i))) {
                out.add(FindingKey.of("MC-SCOPE-NECESSARY-OVERCLAIMED", "", Set.copyOf(claim)));
            }
        }
        return out;
    }

    private Set<PiType> collected() {
        Set<PiType> out = new LinkedHashSet<>();
        code.piTypesByParty().values().forEach(ids -> out.addAll(types(ids)));
        return out;
    }

    private Set<PiType> requested() {
        Set<PiType> out = new LinkedHashSet<>();
        code.permissions().forEach(p -> out.addAll(kb.piTypesOfPermission(p)));
        return out;
    }

    private Set<PiType> types(Collection<String> ids) {
        return ids.stream().map(id -> kb.piType(id).orElseThrow(() -> new IllegalArgumentException("PI type " + id)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private boolean declared(PiType t) {
        return !declaringItems(t).isEmpty();
    }

    private Set<String> declaringItems(PiType t) {
        return t.declaredBy().stream().filter(policy.items()::contains).collect(Collectors.toSet());
    }

    private boolean vague(PiType t) {
        return !declared(t) && t.vaguelyDeclaredBy().stream().anyMatch(policy.items()::contains);
    }

    private boolean undeclared(PiType t) {
        return !declared(t) && !vague(t);
    }

    /** General words that, beside collected or permission-gated PI they cover, explain themselves. */
    private static Set<String> coveringItems(Set<PiType> collected, Set<PiType> requested) {
        Set<String> out = new LinkedHashSet<>();
        collected.forEach(t -> out.addAll(t.vaguelyDeclaredBy()));
        requested.forEach(t -> out.addAll(t.vaguelyDeclaredBy()));
        return out;
    }

    private static boolean names(Collection<String> items, PiType t) {
        return items.stream().anyMatch(i -> t.declaredBy().contains(i) || t.vaguelyDeclaredBy().contains(i));
    }

    private boolean optional(PiType t) {
        return names(policy.optional(), t);
    }

    private boolean separateConsent(PiType t) {
        return names(policy.separateConsent(), t) || t.sensitive() && policy.separateConsent()
                .contains(SENSITIVE_IN_GENERAL);
    }

    /** For messages: the PI types each party collects, and the service type. */
    String describe() {
        Map<String, Set<String>> byParty = code.piTypesByParty();
        return "code " + byParty + ", permissions " + code.permissions() + ", service type " + serviceType.id();
    }
}
