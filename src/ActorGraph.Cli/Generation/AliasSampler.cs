namespace ActorGraph.Cli.Generation;

/// <summary>Draws indices in proportion to fixed weights in constant time (Vose's alias method).</summary>
public sealed class AliasSampler
{
    private readonly double[] probability;
    private readonly int[] alias;

    /// <summary>Builds the tables; weights must be non-negative with a positive sum.</summary>
    public AliasSampler(ReadOnlySpan<double> weights)
    {
        var n = weights.Length;
        ArgumentOutOfRangeException.ThrowIfZero(n, nameof(weights));
        var total = 0.0;
        foreach (var w in weights)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(w, nameof(weights));
            total += w;
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(total, nameof(weights));
        probability = new double[n];
        alias = new int[n];
        var scaled = new double[n];
        var small = new int[n];
        var large = new int[n];
        int smallCount = 0, largeCount = 0;
        for (var i = 0; i < n; i++)
        {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1)
            {
                small[smallCount++] = i;
            }
            else
            {
                large[largeCount++] = i;
            }
        }

        while (smallCount > 0 && largeCount > 0)
        {
            var less = small[--smallCount];
            var more = large[--largeCount];
            probability[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            if (scaled[more] < 1)
            {
                small[smallCount++] = more;
            }
            else
            {
                large[largeCount++] = more;
            }
        }

        // Whatever is left is 1 up to rounding error.
        while (largeCount > 0)
        {
            probability[large[--largeCount]] = 1;
        }

        while (smallCount > 0)
        {
            probability[small[--smallCount]] = 1;
        }
    }

    /// <summary>Number of indices.</summary>
    public int Count => probability.Length;

    /// <summary>Draws an index.</summary>
    public int Next(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var bits = random.NextUInt64();
        // High 32 bits pick the column, low 32 bits toss the coin.
        var column = (int)(((bits >> 32) * (ulong)probability.Length) >> 32);
        var coin = (bits & 0xFFFFFFFFUL) * (1.0 / 4294967296.0);
        return coin < probability[column] ? column : alias[column];
    }
}
