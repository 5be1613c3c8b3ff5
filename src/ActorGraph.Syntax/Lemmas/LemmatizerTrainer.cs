namespace ActorGraph.Syntax.Lemmas;

/// <summary>Counts (word, tag, lemma) triples of the training data into exceptions and suffix rules.</summary>
internal static class LemmatizerTrainer
{
    /// <summary>Learns the lemmatizer from (form, xpos, lemma) triples.</summary>
    public static Lemmatizer Train(IEnumerable<(string Form, string Xpos, string Lemma)> words)
    {
        var exceptions = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, Dictionary<LemmaRule, int>>(StringComparer.Ordinal);
        foreach (var (form, xpos, lemma) in words)
        {
            if (form.Length == 0 || lemma.Length == 0 || lemma == "_")
            {
                continue;
            }

            var rule = LemmaRule.Between(form, lemma);
            Count(exceptions, Lemmatizer.ExceptionKey(form, xpos), rule);
            var lower = form.ToLowerInvariant();
            for (var length = 0; length <= Math.Min(Lemmatizer.MaxSuffix, lower.Length - 1); length++)
            {
                Count(suffixes, Lemmatizer.SuffixKey(xpos, lower, length), rule);
            }
        }

        var kept = new Dictionary<string, LemmaRule>(StringComparer.Ordinal);
        foreach (var (key, rules) in suffixes)
        {
            var (best, count) = Best(rules);
            if (count >= 2 || key.EndsWith('\t'))
            {
                kept[key] = best;
            }
        }

        return new Lemmatizer(exceptions.ToDictionary(p => p.Key, p => Best(p.Value).Rule, StringComparer.Ordinal), kept);
    }

    private static void Count(Dictionary<string, Dictionary<LemmaRule, int>> table, string key, LemmaRule rule)
    {
        if (!table.TryGetValue(key, out var rules))
        {
            table[key] = rules = [];
        }

        rules[rule] = rules.GetValueOrDefault(rule) + 1;
    }

    private static (LemmaRule Rule, int Count) Best(Dictionary<LemmaRule, int> rules)
    {
        var best = rules.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Strip).ThenBy(p => p.Key.Append, StringComparer.Ordinal).ThenBy(p => p.Key.Lower).First();
        return (best.Key, best.Value);
    }
}
