namespace ActorGraph.Syntax.Lemmas;

/// <summary>Lemmas from rules learned on the training data: an exception list of (word, tag) pairs, then the most
/// frequent rule for the longest known (tag, suffix).</summary>
internal sealed class Lemmatizer(IReadOnlyDictionary<string, LemmaRule> exceptions, IReadOnlyDictionary<string, LemmaRule> suffixRules)
{
    /// <summary>The longest suffix rules look at.</summary>
    public const int MaxSuffix = 5;

    /// <summary>Rules for words seen in training, keyed by lower-cased word and tag.</summary>
    public IReadOnlyDictionary<string, LemmaRule> Exceptions { get; } = exceptions;

    /// <summary>Rules keyed by tag and lower-cased suffix.</summary>
    public IReadOnlyDictionary<string, LemmaRule> SuffixRules { get; } = suffixRules;

    /// <summary>The lemma of a word with its treebank tag.</summary>
    public string Lemmatize(string form, string xpos)
    {
        if (Exceptions.TryGetValue(ExceptionKey(form, xpos), out var rule) && rule.Fits(form))
        {
            return rule.Apply(form);
        }

        var lower = form.ToLowerInvariant();
        for (var length = Math.Min(MaxSuffix, lower.Length - 1); length >= 0; length--)
        {
            if (SuffixRules.TryGetValue(SuffixKey(xpos, lower, length), out rule) && rule.Fits(form))
            {
                return rule.Apply(form);
            }
        }

        return form;
    }

    /// <summary>The exception key of a word and tag.</summary>
    public static string ExceptionKey(string form, string xpos) => string.Concat(form.ToLowerInvariant(), "\t", xpos);

    /// <summary>The suffix-rule key of a tag and the last <paramref name="length"/> characters of a lower-cased word.</summary>
    public static string SuffixKey(string xpos, string lower, int length) => string.Concat(xpos, "\t", lower.AsSpan(lower.Length - length));
}
