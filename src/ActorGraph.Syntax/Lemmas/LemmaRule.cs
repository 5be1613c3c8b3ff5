namespace ActorGraph.Syntax.Lemmas;

/// <summary>How a lemma comes from its word: optionally lower-case it, cut characters off the end, append a string.</summary>
internal readonly record struct LemmaRule(bool Lower, int Strip, string Append)
{
    /// <summary>The rule that turns <paramref name="form"/> into <paramref name="lemma"/>.</summary>
    public static LemmaRule Between(string form, string lemma)
    {
        var lower = string.Equals(lemma, lemma.ToLowerInvariant(), StringComparison.Ordinal);
        var source = lower ? form.ToLowerInvariant() : form;
        var common = 0;
        while (common < source.Length && common < lemma.Length && source[common] == lemma[common])
        {
            common++;
        }

        return new LemmaRule(lower, source.Length - common, lemma[common..]);
    }

    /// <summary>Whether the rule can apply to a word (it does not cut more than the word has).</summary>
    public bool Fits(string form) => Strip <= form.Length;

    /// <summary>Applies the rule.</summary>
    public string Apply(string form)
    {
        var source = Lower ? form.ToLowerInvariant() : form;
        return Strip == 0 && Append.Length == 0 ? source : string.Concat(source.AsSpan(0, source.Length - Strip), Append);
    }
}
