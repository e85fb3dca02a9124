package org.mingcha.core.kb;

import org.mingcha.core.scan.MingchaException;

/**
 * A knowledge base file that cannot be read, breaks its schema or refers to something that does not exist.
 * {@link #file()} is the knowledge base file; the message names the entry and the key.
 */
public class KnowledgeBaseException extends MingchaException {

    public KnowledgeBaseException(String file, String problem) {
        super(file, problem);
    }

    public KnowledgeBaseException(String file, String problem, Throwable cause) {
        super(file, problem, cause);
    }
}
