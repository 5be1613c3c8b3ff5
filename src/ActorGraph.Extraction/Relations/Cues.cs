namespace ActorGraph.Extraction.Relations;

/// <summary>Words that negate, defer or make conditional the event that follows them.</summary>
internal static class Cues
{
    public static readonly HashSet<string> Negators = Set("not never no without neither nor cannot denied denies deny refused refuses refuse declined declines decline failed fails rejected rejects dismissed dismisses avoided avoids avoid refrained refrains");

    public static readonly HashSet<string> Hypothetical = Set("might may could should possibly potentially perhaps if unless whether consider considering considers weighing weighs mulling could've");

    public static readonly HashSet<string> Future = Set("will 'll shall plans plan planned planning intends intend intended expected expects set scheduled due going aims aim hopes hope seeks seek wants want would upcoming next proposed prepares preparing ready");

    public static readonly HashSet<string> Prepositions = Set("in at from to with of by for against on near into over across between among toward towards after before during about under via inside outside around than");

    public static readonly HashSet<string> SubjectStops = new([";", ":", "\"", "\u201c", "\u201d", "(", ")"], StringComparer.Ordinal);

    public static readonly HashSet<string> Complementizers = Set("of that to for over into");

    private static HashSet<string> Set(string words) => new(words.Split(' '), StringComparer.Ordinal);

    /// <summary>Whether a folded token negates ("not", "didn't", "never" …).</summary>
    public static bool Negates(string norm) => Negators.Contains(norm) || norm.EndsWith("n't", StringComparison.Ordinal);
}
