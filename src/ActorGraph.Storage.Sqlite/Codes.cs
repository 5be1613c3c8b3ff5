using ActorGraph.Core.Events;

namespace ActorGraph.Storage.Sqlite;

/// <summary>
/// The integers the schema stores for enums; fixed by the schema, not by enum order, so reordering an enum never
/// changes what a stored file means.
/// </summary>
internal static class Codes
{
    private static readonly PloverType[] TypeByCode =
    [
        PloverType.Agree, PloverType.Consult, PloverType.Support, PloverType.Concede,
        PloverType.Cooperate, PloverType.Aid, PloverType.Retreat, PloverType.Request,
        PloverType.Accuse, PloverType.Reject, PloverType.Threaten, PloverType.Protest,
        PloverType.Sanction, PloverType.Mobilize, PloverType.Coerce, PloverType.Assault,
    ];

    private static readonly Modality[] ModalityByCode = [Modality.Asserted, Modality.Future, Modality.Hypothetical];

    private static readonly DatePrecision[] PrecisionByCode = [DatePrecision.Day, DatePrecision.Month, DatePrecision.Year];

    private static readonly Dictionary<PloverType, int> CodeByType = Invert(TypeByCode);
    private static readonly Dictionary<Modality, int> CodeByModality = Invert(ModalityByCode);
    private static readonly Dictionary<DatePrecision, int> CodeByPrecision = Invert(PrecisionByCode);

    public static int Of(PloverType type) => Lookup(CodeByType, type);

    public static int Of(Modality modality) => Lookup(CodeByModality, modality);

    public static int Of(DatePrecision precision) => Lookup(CodeByPrecision, precision);

    public static PloverType ToType(long code) => Decode(TypeByCode, code);

    public static Modality ToModality(long code) => Decode(ModalityByCode, code);

    public static DatePrecision ToPrecision(long code) => Decode(PrecisionByCode, code);

    private static Dictionary<T, int> Invert<T>(T[] values)
        where T : struct, Enum => values.Select((value, code) => (value, code)).ToDictionary(p => p.value, p => p.code);

    private static int Lookup<T>(Dictionary<T, int> codes, T value)
        where T : struct, Enum =>
        codes.TryGetValue(value, out var code)
            ? code
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"No stored code for {typeof(T).Name} {value}.");

    private static T Decode<T>(T[] values, long code)
        where T : struct, Enum =>
        code >= 0 && code < values.Length
            ? values[code]
            : throw new InvalidDataException($"Stored {typeof(T).Name} code {code} is unknown.");
}
