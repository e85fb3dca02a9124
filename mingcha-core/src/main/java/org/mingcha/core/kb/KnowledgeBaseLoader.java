package org.mingcha.core.kb;

/** Loads the knowledge base YAML resources into records, validating them against their schemas. */
final class KnowledgeBaseLoader {

    private KnowledgeBaseLoader() {
    }

    static KnowledgeBase loadBundled() {
        throw new UnsupportedOperationException("knowledge base loader not implemented yet");
    }
}
