namespace ActorGraph.Syntax;

/// <summary>One parsed word: its 0-based index in the sentence, text, character offsets (end exclusive) into the text
/// given to the parser, lemma, universal and treebank tags, the index of its head (-1 for the sentence's root) and its
/// UD v2 relation to that head ("root" for the root).</summary>
public sealed record SyntaxToken(
    int Index, string Text, int Start, int End, string Lemma, string Upos, string Xpos, int Head, string Relation)
{
    /// <summary>Whether this word is the root of its sentence.</summary>
    public bool IsRoot => Head < 0;
}
