namespace ActorGraph.Syntax.Learning;

/// <summary>A sparse multi-class averaged perceptron under training: integer weights per (feature, class) pair,
/// averaged lazily (each pair remembers when it last changed), stored only for pairs an update touched. Each
/// feature's pairs sit in one contiguous block (moved to the end, twice the size, when full), so scoring reads memory
/// in order.</summary>
internal sealed class PerceptronTrainer
{
    private readonly KeyIndex features = new();
    private ulong[] featureKeys = new ulong[1 << 16];
    private int[] starts = new int[1 << 16];
    private int[] counts = new int[1 << 16];
    private int[] capacities = new int[1 << 16];
    private ushort[] classes = new ushort[1 << 20];
    private int[] weights = new int[1 << 20];
    private long[] totals = new long[1 << 20];
    private long[] stamps = new long[1 << 20];
    private int used;
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
            var f = features.Find(key);
            if (f >= 0)
            {
                var end = starts[f] + counts[f];
                for (var e = starts[f]; e < end; e++)
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
        var runStarts = new List<int>(features.Count + 1);
        var outClasses = new List<ushort>();
        var outWeights = new List<float>();
        var entries = new List<(ushort Class, float Weight)>();
        var time = Math.Max(clock, 1);
        for (var f = 0; f < features.Count; f++)
        {
            entries.Clear();
            var end = starts[f] + counts[f];
            for (var e = starts[f]; e < end; e++)
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
            runStarts.Add(outClasses.Count);
            foreach (var (c, w) in entries)
            {
                outClasses.Add(c);
                outWeights.Add(w);
            }
        }

        runStarts.Add(outClasses.Count);
        return new FeatureWeights(ClassCount, [.. keys], [.. runStarts], [.. outClasses], [.. outWeights]);
    }

    private int FeatureIndex(ulong key)
    {
        var count = features.Count;
        var f = features.GetOrAdd(key);
        if (f < count)
        {
            return f;
        }

        if (f == starts.Length)
        {
            var size = f * 2;
            Array.Resize(ref featureKeys, size);
            Array.Resize(ref starts, size);
            Array.Resize(ref counts, size);
            Array.Resize(ref capacities, size);
        }

        featureKeys[f] = key;
        starts[f] = Reserve(2);
        counts[f] = 0;
        capacities[f] = 2;
        return f;
    }

    private int Reserve(int size)
    {
        if (used + size > classes.Length)
        {
            var capacity = Math.Max(used + size, classes.Length * 2);
            Array.Resize(ref classes, capacity);
            Array.Resize(ref weights, capacity);
            Array.Resize(ref totals, capacity);
            Array.Resize(ref stamps, capacity);
        }

        var start = used;
        used += size;
        return start;
    }

    private void Add(int feature, int cls, int delta)
    {
        var start = starts[feature];
        var end = start + counts[feature];
        var e = start;
        while (e < end && classes[e] != cls)
        {
            e++;
        }

        if (e == end)
        {
            if (counts[feature] == capacities[feature])
            {
                var capacity = Math.Min(capacities[feature] * 2, Math.Max(ClassCount, 2));
                var moved = Reserve(capacity);
                Array.Copy(classes, start, classes, moved, counts[feature]);
                Array.Copy(weights, start, weights, moved, counts[feature]);
                Array.Copy(totals, start, totals, moved, counts[feature]);
                Array.Copy(stamps, start, stamps, moved, counts[feature]);
                starts[feature] = moved;
                capacities[feature] = capacity;
                e = moved + counts[feature];
            }

            classes[e] = (ushort)cls;
            weights[e] = 0;
            totals[e] = 0;
            stamps[e] = clock;
            counts[feature]++;
        }

        totals[e] += (clock - stamps[e]) * weights[e];
        stamps[e] = clock;
        weights[e] += delta;
    }
}
