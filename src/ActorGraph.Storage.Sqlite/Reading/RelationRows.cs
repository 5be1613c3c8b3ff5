using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Sqlite.Reading;

/// <summary>The one query that scans every summary edge, and how its columns become a row; both edge reads use it.</summary>
internal static class RelationRows
{
    public const string Sql = """
        SELECT source_key, target_key, type, event_count, article_count, first_date, last_date, mean_confidence, timeline
        FROM relations
        """;

    /// <summary>The current row's scalar columns; its timeline goes into <paramref name="timeline"/>, grown as needed.</summary>
    /// <returns>The row and how many stamps of <paramref name="timeline"/> are its timeline.</returns>
    public static (RelationRow Row, int Stamps) Read(RawQuery rows, ref int[] timeline)
    {
        var row = new RelationRow(
            Key(rows.Int64(0)),
            Key(rows.Int64(1)),
            Codes.ToType(rows.Int64(2)),
            rows.Int32(3),
            rows.Int32(4),
            rows.Int32(5),
            rows.Int32(6),
            rows.Double(7));
        return (row, rows.CopyInts(8, ref timeline));
    }

    /// <summary>An actor key as the int a row carries.</summary>
    public static int Key(long key) =>
        key is >= 0 and <= int.MaxValue
            ? (int)key
            : throw new InvalidDataException($"Actor key {key} is outside the range a snapshot can index.");
}
