namespace ActorGraph.Extraction.Relations;

/// <summary>Infers an ASSAULT mode from the weapons a sentence names.</summary>
internal static class AssaultModes
{
    private static readonly (string Mode, HashSet<string> Words)[] Cues =
    [
        ("aerial", new(StringComparer.Ordinal) { "drone", "drones", "missile", "missiles", "airstrike", "airstrikes", "air", "bombed", "bombing", "bombings", "warplanes", "jets", "rockets", "rocket", "bombers", "aerial" }),
        ("artillery", new(StringComparer.Ordinal) { "shelling", "shelled", "shells", "artillery", "mortar", "mortars", "howitzers" }),
        ("naval", new(StringComparer.Ordinal) { "warship", "warships", "naval", "navy", "torpedo" }),
        ("explosives", new(StringComparer.Ordinal) { "bomb", "explosive", "explosives", "ied", "blast", "car-bomb", "suicide" }),
        ("firearms", new(StringComparer.Ordinal) { "shot", "gunfire", "gunmen", "rifles", "sniper", "snipers", "shooting" }),
        ("ground", new(StringComparer.Ordinal) { "invaded", "invasion", "invade", "incursion", "offensive", "ground", "troops", "tanks", "stormed" }),
    ];

    /// <summary>The mode the sentence's words suggest, or null.</summary>
    public static string? Infer(IReadOnlyList<Text.Token> tokens)
    {
        foreach (var (mode, words) in Cues)
        {
            foreach (var t in tokens)
            {
                if (words.Contains(t.Norm))
                {
                    return mode;
                }
            }
        }

        return null;
    }
}
