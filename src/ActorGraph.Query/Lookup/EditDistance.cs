namespace ActorGraph.Query.Lookup;

/// <summary>Levenshtein distance with a cut-off, so scanning every name for suggestions stays cheap.</summary>
internal static class EditDistance
{
    /// <summary>The edit distance between two strings, or -1 when it exceeds the budget.</summary>
    public static int Bounded(string a, string b, int budget)
    {
        if (Math.Abs(a.Length - b.Length) > budget)
        {
            return -1;
        }

        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > budget)
            {
                return -1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length] <= budget ? previous[b.Length] : -1;
    }
}
