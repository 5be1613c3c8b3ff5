namespace ActorGraph.Syntax.Evaluation;

/// <summary>Accuracy on gold word forms, every word counted (punctuation included, the CoNLL 2018 way).</summary>
public sealed record SyntaxScores(int Sentences, int Tokens, double Upos, double Xpos, double Lemma, double Uas, double Las, double Seconds)
{
    /// <summary>Words parsed per second, tagging and lemmas included.</summary>
    public double TokensPerSecond => Seconds > 0 ? Tokens / Seconds : 0;
}
