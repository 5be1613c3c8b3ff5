namespace ActorGraph.Syntax;

/// <summary>A run of tokens, first to last inclusive, and the characters they cover (end exclusive).</summary>
public readonly record struct TokenSpan(int FirstToken, int LastToken, int Start, int End);
