using ActorGraph.Syntax.Learning;

namespace ActorGraph.Syntax.Tagging;

/// <summary>Trains the tagger: builds the tag dictionary, then runs perceptron epochs over shuffled sentences.</summary>
internal static class TaggerTrainer
{
    /// <summary>A word must be seen this often to enter the tag dictionary.</summary>
    private const int DictionaryMinCount = 20;

    /// <summary>... and take one class at least this share of the time.</summary>
    private const double DictionaryMinShare = 0.97;

    /// <summary>Builds the dictionary of frequent unambiguous words.</summary>
    public static Dictionary<string, int> BuildDictionary(IEnumerable<TaggedSentence> sentences)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                if (!counts.TryGetValue(sentence.Words[i], out var perTag))
                {
                    counts[sentence.Words[i]] = perTag = [];
                }

                perTag[sentence.Tags[i]] = perTag.GetValueOrDefault(sentence.Tags[i]) + 1;
            }
        }

        var dictionary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, perTag) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var total = perTag.Values.Sum();
            var (tag, count) = perTag.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First();
            if (total >= DictionaryMinCount && count >= DictionaryMinShare * total)
            {
                dictionary[word] = tag;
            }
        }

        return dictionary;
    }

    /// <summary>Trains for a number of epochs and returns the averaged tagger after each (the caller keeps the best).</summary>
    public static IEnumerable<Tagger> Train(IReadOnlyList<TaggedSentence> sentences, TagSet tags, int epochs, ulong seed)
    {
        var dictionary = BuildDictionary(sentences);
        var perceptron = new PerceptronTrainer(tags.Count);
        var random = new SeededRandom(seed);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var features = new ulong[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var s in order)
            {
                var sentence = sentences[s];
                var padded = Tagger.Pad(sentence.Words);
                int previous = -1, beforePrevious = -2;
                for (var i = 0; i < sentence.Words.Count; i++)
                {
                    if (!dictionary.TryGetValue(sentence.Words[i], out var guess))
                    {
                        var n = TaggerFeatures.Extract(padded, i, previous, beforePrevious, features);
                        perceptron.Score(features.AsSpan(0, n), scores);
                        guess = Tagger.ArgMax(scores);
                        perceptron.Update(features.AsSpan(0, n), sentence.Tags[i], guess);
                        perceptron.Tick();
                    }

                    beforePrevious = previous;
                    previous = guess;
                }
            }

            yield return new Tagger(tags, dictionary, perceptron.Average(0.001f));
        }
    }
}
