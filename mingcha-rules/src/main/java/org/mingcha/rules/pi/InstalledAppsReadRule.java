package org.mingcha.rules.pi;

import java.util.Set;

/**
 * The installed-app list read in code (a named-package probe such as getPackageInfo is not a list read).
 * Selected by knowledge-base sensitive-API ids (the metadata test checks each exists); arguments as in
 * {@link PiReadRule}.
 */
public final class InstalledAppsReadRule extends PiReadRule {

    public InstalledAppsReadRule() {
        super("MC-PI-INSTALLED-APPS", Set.of(
                "pm_getInstalledPackages", "pm_getInstalledApplications", "pm_queryIntentActivities",
                "pm_queryIntentActivityOptions", "shell_pm_list_packages", "pm_queryIntentServices"));
    }
}
