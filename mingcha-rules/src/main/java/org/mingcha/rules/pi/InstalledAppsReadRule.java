package org.mingcha.rules.pi;

import java.util.Set;

/** Knowledge-base sensitive-API ids selected by this rule; the metadata test checks that each exists. */
public final class InstalledAppsReadRule extends PiReadRule {

    public InstalledAppsReadRule() {
        super("MC-PI-INSTALLED-APPS", Set.of(
                "pm_getInstalledPackages", "pm_getInstalledApplications", "pm_queryIntentActivities",
                "pm_queryIntentActivityOptions", "shell_pm_list_packages", "pm_queryIntentServices"));
    }
}
