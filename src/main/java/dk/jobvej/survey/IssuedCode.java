package dk.jobvej.survey;

/**
 * A one-time anonymous answer code, as handed to a citizen or a company: the code to type in and
 * the path of the answering page that carries it ({@code /svar/<code>}). It is not stored with
 * anyone, and the caller must not store it either.
 */
public record IssuedCode(String code, String path) {
}
