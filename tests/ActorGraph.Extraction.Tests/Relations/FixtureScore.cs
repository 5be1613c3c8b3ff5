using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Tests.Relations;

/// <summary>Scores extraction against the sentence fixtures at the level of (source actor or country, type, target actor or country).</summary>
public sealed class FixtureScore
{
    private readonly List<string> _misses = [];

    /// <summary>Expected events found.</summary>
    public int TruePositives { get; private set; }

    /// <summary>Events produced that no row expected.</summary>
    public int FalsePositives { get; private set; }

    /// <summary>Expected events not produced.</summary>
    public int FalseNegatives { get; private set; }

    /// <summary>TP / (TP + FP).</summary>
    public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN).</summary>
    public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);

    /// <summary>One line per missed or spurious event.</summary>
    public IReadOnlyList<string> Misses => _misses;

    /// <summary>Scores every row.</summary>
    public static FixtureScore Of(IEnumerable<SentenceRow> rows)
    {
        var score = new FixtureScore();
        foreach (var row in rows)
        {
            var produced = Extracted.Of(row.Text, row.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var unmatched = produced.ToList();
            foreach (var exp in row.Expected)
            {
                var hit = unmatched.FirstOrDefault(e => Matches(e, exp));
                if (hit is null)
                {
                    score.FalseNegatives++;
                    score._misses.Add($"line {row.Line} MISSED {exp.Source} {exp.Type} {exp.Target} :: {row.Text}");
                }
                else
                {
                    score.TruePositives++;
                    unmatched.Remove(hit);
                }
            }

            foreach (var e in unmatched)
            {
                score.FalsePositives++;
                score._misses.Add($"line {row.Line} SPURIOUS {e.Source.Id} {e.Type.ToName()} {e.Target.Id} [{e.Modality}] :: {row.Text}");
            }
        }

        return score;
    }

    /// <summary>Whether a produced event matches an expected one: same type, and each end the same actor or of the same country.</summary>
    public static bool Matches(ActorEvent e, ExpectedEvent exp)
    {
        if (!string.Equals(e.Type.ToName(), exp.Type, StringComparison.Ordinal))
        {
            return false;
        }

        var direct = Same(e.Source, exp.Source) && Same(e.Target, exp.Target);
        var reversed = e.Type.IsSymmetric() && Same(e.Source, exp.Target) && Same(e.Target, exp.Source);
        return direct || reversed;
    }

    private static bool Same(Actor actor, string expectedId)
    {
        if (actor.Id.Value == expectedId)
        {
            return true;
        }

        var expectedCountry = CountryOf(expectedId);
        return expectedCountry is not null && expectedCountry == actor.Country && (actor.Kind != ActorKind.Organisation);
    }

    private static string? CountryOf(string id)
    {
        if (id.StartsWith("country/", StringComparison.Ordinal))
        {
            return id.Split('/')[1];
        }

        return Extracted.Knowledge.Gazetteer.Find(new ActorId(id))?.Country;
    }
}
