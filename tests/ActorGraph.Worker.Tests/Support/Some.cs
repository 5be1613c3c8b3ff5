using System.Globalization;

namespace ActorGraph.Worker.Tests.Support;

/// <summary>Small realistic article texts, each one distinct by its index.</summary>
internal static class Some
{
    private static readonly string[] Leaders =
    [
        "Russian President Vladimir Putin", "Chinese President Xi Jinping", "French President Emmanuel Macron",
        "German Chancellor Olaf Scholz", "Indian Prime Minister Narendra Modi", "Turkish President Recep Tayyip Erdogan",
        "Japanese Prime Minister Fumio Kishida", "Ukrainian President Volodymyr Zelensky", "British Prime Minister Keir Starmer",
        "Brazilian President Luiz Inacio Lula da Silva",
    ];

    private static readonly string[] Cities = ["Moscow", "Beijing", "Paris", "Berlin", "New Delhi", "Ankara", "Tokyo", "Geneva"];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Two or three sentences about two leaders; no two indexes give the same text.</summary>
    public static string ArticleText(int index)
    {
        var a = Leaders[index % Leaders.Length];
        var b = Leaders[(index / Leaders.Length + 1 + index) % Leaders.Length];
        if (a == b)
        {
            b = Leaders[(index + 3) % Leaders.Length];
        }

        var city = Cities[index % Cities.Length];
        var day = Days[index / Cities.Length % Days.Length];
        var first = (index % 3) switch
        {
            0 => $"{a} met {b} in {city} on {day}.",
            1 => $"{a} accused {b} of undermining the ceasefire talks in {city} on {day}.",
            _ => $"{a} praised {b} for the trade agreement signed in {city} on {day}.",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{first} Officials said the talks covered {index + 2} separate issues, including energy and security.");
    }

    public static string Title(int index) => string.Create(CultureInfo.InvariantCulture, $"Diplomatic talks, report {index}");
}
