/// Renders a `Retrospective` to Markdown and HTML.
public enum Renderer {}
