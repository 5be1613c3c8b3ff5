namespace ActorGraph.Extraction.Text;

/// <summary>One sentence of a text, with its offsets into that text.</summary>
/// <param name="Index">The sentence's position in the text, from 0.</param>
/// <param name="Start">The offset of its first character.</param>
/// <param name="End">The offset just past its last character.</param>
/// <param name="Text">The sentence itself: <c>text[Start..End]</c>.</param>
public sealed record Sentence(int Index, int Start, int End, string Text);
