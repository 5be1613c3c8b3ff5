using ActorGraph.Syntax.Learning;

namespace ActorGraph.Syntax.Tagging;

/// <summary>A greedy left-to-right averaged-perceptron tagger; frequent unambiguous words take their tag from a dictionary.</summary>
internal sealed class Tagger(TagSet tags, IReadOnlyDictionary<string, int> dictionary, FeatureWeights weights)
{
    /// <summary>The classes.</summary>
    public TagSet Tags { get; } = tags;

    /// <summary>Words that always take one class.</summary>
    public IReadOnlyDictionary<string, int> Dictionary { get; } = dictionary;

    /// <summary>The frozen weights.</summary>
    public FeatureWeights Weights { get; } = weights;

    /// <summary>Tags the words, writing one class per word.</summary>
    public void Tag(IReadOnlyList<string> words, Span<int> classes) => Tag(Pad(words), words, classes);

    /// <summary>Tags the words whose hashes <see cref="Pad"/> computed.</summary>
    public void Tag(WordShape[] padded, IReadOnlyList<string> words, Span<int> classes)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[Tags.Count];
        int previous = -1, beforePrevious = -2;
        for (var i = 0; i < words.Count; i++)
        {
            if (!Dictionary.TryGetValue(words[i], out var tag))
            {
                var n = TaggerFeatures.Extract(padded, i, previous, beforePrevious, features);
                Weights.Score(features[..n], scores);
                tag = ArgMax(scores);
            }

            classes[i] = tag;
            beforePrevious = previous;
            previous = tag;
        }
    }

    /// <summary>The word hashes padded by two on each side.</summary>
    public static WordShape[] Pad(IReadOnlyList<string> words)
    {
        var padded = new WordShape[words.Count + 4];
        padded[0] = WordShape.Pad(0);
        padded[1] = WordShape.Pad(1);
        for (var i = 0; i < words.Count; i++)
        {
            padded[i + 2] = WordShape.Of(words[i]);
        }

        padded[^2] = WordShape.Pad(2);
        padded[^1] = WordShape.Pad(3);
        return padded;
    }

    /// <summary>The index of the highest score (the first on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }
}
