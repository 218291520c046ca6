/// The blameless lint over Markdown documents.
public enum Linter {}
