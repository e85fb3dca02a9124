package org.mingcha.policy.document;

/** The kinds of file a policy is read from, detected by content. */
public enum DocumentFormat {
    HTML("html"), TEXT("text"), MARKDOWN("markdown"), PDF("pdf"), DOCX("docx");

    private final String id;

    DocumentFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
