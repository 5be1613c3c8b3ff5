namespace ActorGraph.Syntax.Text;

/// <summary>A token of raw text: its characters and where they sit in the text (end exclusive).</summary>
public readonly record struct TextToken(string Text, int Start, int End);
