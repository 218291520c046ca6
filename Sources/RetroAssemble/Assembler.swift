/// Builds a `Retrospective` from an incident and its sources.
public enum Assembler {}
