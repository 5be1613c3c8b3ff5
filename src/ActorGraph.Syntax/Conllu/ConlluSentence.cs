namespace ActorGraph.Syntax.Conllu;

/// <summary>One CoNLL-U sentence: its comment lines (as written after the leading '#') and its syntactic words in order.</summary>
public sealed record ConlluSentence(IReadOnlyList<string> Comments, IReadOnlyList<ConlluWord> Words);
