namespace ActorGraph.Syntax.Lemmas;

/// <summary>Lemmas from rules learned on the training data: an exception list of (word, tag) pairs, then the most
/// frequent rule for the longest known (tag, suffix).</summary>
internal sealed class Lemmatizer
{
    private readonly Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> exceptionLookup;
    private readonly Dictionary<string, LemmaRule>.AlternateLookup<ReadOnlySpan<char>> suffixLookup;

    public Lemmatizer(IReadOnlyDictionary<string, LemmaRule> exceptions, IReadOnlyDictionary<string, LemmaRule> suffixRules)
    {
        Exceptions = exceptions;
        SuffixRules = suffixRules;
        exceptionLookup = new Dictionary<string, LemmaRule>(exceptions, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        suffixLookup = new Dictionary<string, LemmaRule>(suffixRules, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest suffix rules look at.</summary>
    public const int MaxSuffix = 5;

    /// <summary>Rules for words seen in training, keyed by lower-cased word and tag.</summary>
    public IReadOnlyDictionary<string, LemmaRule> Exceptions { get; }

    /// <summary>Rules keyed by tag and lower-cased suffix.</summary>
    public IReadOnlyDictionary<string, LemmaRule> SuffixRules { get; }

    /// <summary>The lemma of a word with its treebank tag.</summary>
    public string Lemmatize(string form, string xpos)
    {
        // Keys are built in a stack buffer: looking a word up allocates nothing.
        var size = form.Length + 1 + xpos.Length;
        Span<char> key = size <= 256 ? stackalloc char[size] : new char[size];
        form.AsSpan().ToLowerInvariant(key);
        key[form.Length] = '\t';
        xpos.AsSpan().CopyTo(key[(form.Length + 1)..]);
        if (exceptionLookup.TryGetValue(key, out var rule) && rule.Fits(form))
        {
            return rule.Apply(form);
        }

        // Suffix keys: the tag, a tab, then the word's last characters.
        Span<char> lower = key[..form.Length];
        Span<char> suffixKey = stackalloc char[xpos.Length + 1 + MaxSuffix];
        xpos.AsSpan().CopyTo(suffixKey);
        suffixKey[xpos.Length] = '\t';
        for (var length = Math.Min(MaxSuffix, lower.Length - 1); length >= 0; length--)
        {
            lower[(lower.Length - length)..].CopyTo(suffixKey[(xpos.Length + 1)..]);
            if (suffixLookup.TryGetValue(suffixKey[..(xpos.Length + 1 + length)], out rule) && rule.Fits(form))
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
