namespace ActorGraph.Syntax.Learning;

/// <summary>A sparse multi-class averaged perceptron under training: integer weights per (feature, class) pair,
/// averaged lazily (each pair remembers when it last changed), stored only for pairs an update touched.</summary>
internal sealed class PerceptronTrainer
{
    private readonly Dictionary<ulong, int> features = [];
    private ulong[] featureKeys = new ulong[1 << 16];
    private int[] first = new int[1 << 16];
    private int[] next = new int[1 << 16];
    private ushort[] classes = new ushort[1 << 16];
    private int[] weights = new int[1 << 16];
    private long[] totals = new long[1 << 16];
    private long[] stamps = new long[1 << 16];
    private int entryCount;
    private long clock;

    public PerceptronTrainer(int classCount) => ClassCount = classCount;

    /// <summary>The number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Features that have weights.</summary>
    public int FeatureCount => features.Count;

    /// <summary>Counts one more training instance (the averaging clock).</summary>
    public void Tick() => clock++;

    /// <summary>Adds the current (not averaged) weights of the features to the class scores.</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in keys)
        {
            if (features.TryGetValue(key, out var f))
            {
                for (var e = first[f]; e >= 0; e = next[e])
                {
                    scores[classes[e]] += weights[e];
                }
            }
        }
    }

    /// <summary>Moves weight from the wrongly chosen class to the right one.</summary>
    public void Update(ReadOnlySpan<ulong> keys, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (var key in keys)
        {
            var f = FeatureIndex(key);
            Add(f, truth, 1);
            Add(f, guess, -1);
        }
    }

    /// <summary>Freezes the averaged weights, dropping pairs whose average magnitude is below <paramref name="prune"/>.</summary>
    public FeatureWeights Average(float prune)
    {
        var keys = new List<ulong>(features.Count);
        var starts = new List<int>(features.Count + 1);
        var outClasses = new List<ushort>();
        var outWeights = new List<float>();
        var entries = new List<(ushort Class, float Weight)>();
        var time = Math.Max(clock, 1);
        for (var f = 0; f < features.Count; f++)
        {
            entries.Clear();
            for (var e = first[f]; e >= 0; e = next[e])
            {
                var total = totals[e] + ((clock - stamps[e]) * weights[e]);
                var average = (float)((double)total / time);
                if (Math.Abs(average) >= prune && average != 0)
                {
                    entries.Add((classes[e], average));
                }
            }

            if (entries.Count == 0)
            {
                continue;
            }

            entries.Sort((a, b) => a.Class.CompareTo(b.Class));
            keys.Add(featureKeys[f]);
            starts.Add(outClasses.Count);
            foreach (var (c, w) in entries)
            {
                outClasses.Add(c);
                outWeights.Add(w);
            }
        }

        starts.Add(outClasses.Count);
        return new FeatureWeights(ClassCount, [.. keys], [.. starts], [.. outClasses], [.. outWeights]);
    }

    private int FeatureIndex(ulong key)
    {
        if (features.TryGetValue(key, out var f))
        {
            return f;
        }

        f = features.Count;
        features.Add(key, f);
        if (f == first.Length)
        {
            Array.Resize(ref first, f * 2);
            Array.Resize(ref featureKeys, f * 2);
        }

        first[f] = -1;
        featureKeys[f] = key;
        return f;
    }

    private void Add(int feature, int cls, int delta)
    {
        var e = first[feature];
        while (e >= 0 && classes[e] != cls)
        {
            e = next[e];
        }

        if (e < 0)
        {
            e = entryCount++;
            if (e == next.Length)
            {
                var size = e * 2;
                Array.Resize(ref next, size);
                Array.Resize(ref classes, size);
                Array.Resize(ref weights, size);
                Array.Resize(ref totals, size);
                Array.Resize(ref stamps, size);
            }

            classes[e] = (ushort)cls;
            weights[e] = 0;
            totals[e] = 0;
            stamps[e] = clock;
            next[e] = first[feature];
            first[feature] = e;
        }

        totals[e] += (clock - stamps[e]) * weights[e];
        stamps[e] = clock;
        weights[e] += delta;
    }
}
