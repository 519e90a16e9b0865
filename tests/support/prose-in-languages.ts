/** The same invented council story in English and in other languages, for the language check. */

export const ENGLISH = `The county board voted on Tuesday to delay the new budget until the spring, after residents said that
the plan would close two of their libraries. Members who opposed the delay argued that the money had already been
promised to the schools, and they warned that the state could take it back if the county waited too long. The
chair said she would meet with the mayor and report back to the board within a month.`;

export const OTHER_LANGUAGES: Readonly<Record<string, string>> = {
  German: `Der Gemeinderat hat am Dienstag beschlossen, den neuen Haushalt bis zum Frühjahr zu verschieben, nachdem
die Bewohner gesagt hatten, dass der Plan zwei ihrer Bibliotheken schließen würde. Die Mitglieder, die gegen die
Verschiebung waren, erklärten, dass das Geld bereits den Schulen versprochen worden sei, und sie warnten, dass das
Land es zurückfordern könnte, wenn der Kreis zu lange warte.`,
  French: `Le conseil du comté a voté mardi pour reporter le nouveau budget au printemps, après que les habitants ont
dit que le projet fermerait deux de leurs bibliothèques. Les membres qui étaient contre ce report ont expliqué que
l'argent avait déjà été promis aux écoles, et ils ont averti que la région pourrait le reprendre si le comté
attendait trop longtemps avant de décider.`,
  Spanish: `El consejo del condado votó el martes para aplazar el nuevo presupuesto hasta la primavera, después de
que los vecinos dijeran que el plan cerraría dos de sus bibliotecas. Los miembros que se oponían al aplazamiento
dijeron que el dinero ya se había prometido a las escuelas, y advirtieron que el estado podría retirarlo si el
condado esperaba demasiado tiempo para decidir.`,
  Portuguese: `O conselho do condado votou na terça-feira para adiar o novo orçamento até a primavera, depois que os
moradores disseram que o plano fecharia duas de suas bibliotecas. Os membros que eram contra o adiamento disseram
que o dinheiro já tinha sido prometido às escolas, e avisaram que o estado poderia retirá-lo se o condado
esperasse tempo demais para decidir.`,
  Dutch: `De gemeenteraad heeft dinsdag besloten om de nieuwe begroting tot het voorjaar uit te stellen, nadat
bewoners hadden gezegd dat het plan twee van hun bibliotheken zou sluiten. De leden die tegen het uitstel waren,
zeiden dat het geld al aan de scholen was beloofd, en zij waarschuwden dat de provincie het zou kunnen terugnemen
als de gemeente te lang zou wachten.`,
};
