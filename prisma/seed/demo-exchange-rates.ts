/** The demo fair's rates as an organizer types them ("1 USD = 7.20 CNY"); shared by the seed and the benchmark. */
export const demoExchangeRates = [
  { currency: "CNY", perUsd: "7.20", perUsdCentMicros: 7_200_000n },
  { currency: "RUB", perUsd: "90.00", perUsdCentMicros: 90_000_000n },
] as const;
