package org.mingcha.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mingcha.policy.document.PolicyLimits;
import org.mingcha.scan.ScanOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * What a scan judges the code against, as options of every command that scans an app: the privacy-policy files,
 * the largest policy file read, and the service type; {@code scan} and {@code lists} must see the same facts.
 */
public final class PolicyOptions {

    @Option(names = "--policy", arity = "1..*", paramLabel = "FILE", descriptionKey = "scan.policy")
    List<Path> policies = new ArrayList<>();

    @Option(names = PolicyLimits.FLAG, paramLabel = "N", descriptionKey = "policy.maxMb")
    long maxPolicyMb = PolicyLimits.DEFAULT_MAX_MB;

    @Option(names = "--service-type", paramLabel = "TYPE", descriptionKey = "scan.serviceType")
    String serviceType;

    /** The options with the policies and service type given; a bad size or unknown type is a usage error. */
    public ScanOptions applyTo(ScanOptions options, CommandLine commandLine) {
        if (maxPolicyMb < 1) {
            throw new ParameterException(commandLine, PolicyLimits.FLAG + " must be at least 1: " + maxPolicyMb);
        }
        ScanOptions withPolicies = options.withPolicies(policies, PolicyLimits.ofMegabytes(maxPolicyMb));
        if (serviceType == null) {
            return withPolicies;
        }
        try {
            return withPolicies.withServiceType(serviceType);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--service-type: " + e.getMessage());
        }
    }
}
