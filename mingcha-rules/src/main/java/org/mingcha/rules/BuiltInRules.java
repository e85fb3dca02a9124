package org.mingcha.rules;

import java.util.List;
import org.mingcha.core.rule.Rule;
import org.mingcha.core.rule.RuleCatalog;
import org.mingcha.rules.code.DynamicCodeLoadingRule;
import org.mingcha.rules.code.WorldAccessibleStorageRule;
import org.mingcha.rules.consent.BackgroundCollectionRule;
import org.mingcha.rules.consent.PreConsentCollectionRule;
import org.mingcha.rules.consent.SelfStartReachableRule;
import org.mingcha.rules.consistency.EncryptionClaimContradictedRule;
import org.mingcha.rules.consistency.OverDeclaredPiRule;
import org.mingcha.rules.consistency.PermissionUnexplainedRule;
import org.mingcha.rules.consistency.SdkDisclosureIncompleteRule;
import org.mingcha.rules.consistency.SdkPiUndeclaredRule;
import org.mingcha.rules.consistency.SdkUnlistedRule;
import org.mingcha.rules.consistency.SensitiveWithoutSeparateConsentRule;
import org.mingcha.rules.consistency.UndeclaredPiRule;
import org.mingcha.rules.consistency.VaguelyDeclaredPiRule;
import org.mingcha.rules.crypto.WeakCipherRule;
import org.mingcha.rules.crypto.WeakHashRule;
import org.mingcha.rules.crypto.WeakRsaRule;
import org.mingcha.rules.manifest.AllowBackupRule;
import org.mingcha.rules.manifest.DebuggableRule;
import org.mingcha.rules.manifest.ExportedUnprotectedRule;
import org.mingcha.rules.network.CleartextTrafficRule;
import org.mingcha.rules.network.CleartextUrlRule;
import org.mingcha.rules.network.TlsAllowAllHostnamesRule;
import org.mingcha.rules.network.TlsInsecureVersionRule;
import org.mingcha.rules.network.TlsTrustAllRule;
import org.mingcha.rules.network.WebViewSslProceedRule;
import org.mingcha.rules.permission.DangerousPermissionRule;
import org.mingcha.rules.permission.InstalledAppsPermissionRule;
import org.mingcha.rules.pi.ClipboardReadRule;
import org.mingcha.rules.pi.ContactsSmsCallLogRule;
import org.mingcha.rules.pi.DeviceIdRule;
import org.mingcha.rules.pi.InstalledAppsReadRule;
import org.mingcha.rules.pi.LocationReadRule;
import org.mingcha.rules.pi.MediaCaptureRule;
import org.mingcha.rules.pi.SdkPiCollectionRule;
import org.mingcha.rules.scope.BeyondNecessaryScopeRule;
import org.mingcha.rules.scope.NecessaryOverclaimedRule;
import org.mingcha.rules.selfstart.AssociatedStartRule;
import org.mingcha.rules.selfstart.SelfStartRule;

/** The explicit registry of built-in rules; a rule not listed here does not run. */
public final class BuiltInRules {

    private static final List<Rule> ALL = List.of(
            new DangerousPermissionRule(),
            new InstalledAppsPermissionRule(),
            new DeviceIdRule(),
            new InstalledAppsReadRule(),
            new ClipboardReadRule(),
            new LocationReadRule(),
            new ContactsSmsCallLogRule(),
            new MediaCaptureRule(),
            new SdkPiCollectionRule(),
            new PreConsentCollectionRule(),
            new BackgroundCollectionRule(),
            new SelfStartRule(),
            new AssociatedStartRule(),
            new SelfStartReachableRule(),
            new CleartextTrafficRule(),
            new CleartextUrlRule(),
            new WeakHashRule(),
            new WeakCipherRule(),
            new WeakRsaRule(),
            new TlsInsecureVersionRule(),
            new TlsTrustAllRule(),
            new TlsAllowAllHostnamesRule(),
            new WebViewSslProceedRule(),
            new DynamicCodeLoadingRule(),
            new WorldAccessibleStorageRule(),
            new DebuggableRule(),
            new AllowBackupRule(),
            new ExportedUnprotectedRule(),
            new UndeclaredPiRule(),
            new VaguelyDeclaredPiRule(),
            new SdkPiUndeclaredRule(),
            new SdkUnlistedRule(),
            new SdkDisclosureIncompleteRule(),
            new SensitiveWithoutSeparateConsentRule(),
            new PermissionUnexplainedRule(),
            new OverDeclaredPiRule(),
            new EncryptionClaimContradictedRule(),
            new BeyondNecessaryScopeRule(),
            new NecessaryOverclaimedRule());

    private BuiltInRules() {
    }

    /** Every built-in rule, stateless and safe to share. */
    public static List<Rule> all() {
        return ALL;
    }

    /** The metadata of every built-in rule, read once (one YAML file per rule; the CLI reads it while parsing). */
    public static RuleCatalog catalog() {
        return Catalog.INSTANCE;
    }

    private static final class Catalog {
        static final RuleCatalog INSTANCE = RuleCatalog.forRules(ALL);
    }
}
