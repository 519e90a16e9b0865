/**
 * Given names used around the world, beyond the English ones in `COMMON_GIVEN_NAMES`: a person
 * the knowledge file does not know still reads as a person when a given name opens the name.
 * Lower case, as romanised in English-language news; spellings that double as everyday English
 * words ("will", "may") are left out.
 */
export const WORLD_GIVEN_NAMES: ReadonlySet<string> = new Set([
  // English-speaking
  'adrian', 'alex', 'alexandra', 'alison', 'allison', 'amanda', 'andy', 'angela', 'angie', 'annie', 'ariana', 'ashton',
  'audrey', 'barry', 'becky', 'bernard', 'beth', 'bethany', 'bradley', 'brad', 'brady', 'brenda', 'brent', 'brett',
  'bridget', 'britney', 'brittney', 'brooke', 'caitlin', 'calvin', 'cameron', 'carla', 'carrie', 'cassandra', 
  'charlie', 'chelsea', 'cheryl', 'cindy', 'claire', 'clara', 'claudia', 'clayton', 'clifford', 'cody', 'colin', 'colleen',
  'colton', 'connor', 'conor', 'corey', 'courtney', 'craig', 'curtis', 'dana', 'danny', 'darren', 'darryl',
  'deanna', 'debbie', 'demi', 'derek', 'derrick', 'desmond', 'devin', 'dexter', 'dianne', 'dominic', 'donovan',
  'doug', 'duncan', 'dustin', 'dwayne', 'dwight', 'eddie', 'eileen', 'elaine', 'eleanor', 'ellen', 'eloise',
  'emilia', 'erica', 'erik', 'erin', 'ernest', 'ethel', 'evan', 'felicity', 'floyd', 'francis', 'freddie', 'fred',
  'garrett', 'gavin', 'gemma', 'geoffrey', 'gerard', 'gilbert', 'gina', 'gwen', 'hailey', 'haley', 'harriet',
  'harry', 'harvey', 'heidi', 'herbert', 'holly', 'howard', 'hugh', 'hugo', 'isaac', 'jackie', 'jake', 'jamie',
  'janelle', 'jared', 'jasmine', 'jeanne', 'jenna', 'jenny', 'jeremiah', 'jill', 'jimmy', 'joanna', 'joanne', 'jody',
  'joel', 'jon', 'josh', 'joy', 'julian', 'justine', 'katie', 'katrina', 'keira', 'kelsey', 'kendall', 'kenny', 'kerry',
  'kirk', 'kristen', 'kristin', 'kristina', 'kylie', 'leah', 'leon', 'leonard', 'leslie', 'lewis', 'liam',
  'lillian', 'lindsay', 'lloyd', 'lois', 'lorraine', 'lucas', 'lucy', 'luke', 'lydia', 'mackenzie', 'madeline', 'maggie',
  'malcolm', 'mandy', 'marcus', 'marion', 'marjorie', 'marlene', 'martin', 'marvin', 'maureen',
  'maxwell', 'meghan', 'melanie', 'melvin', 'meredith', 'mia', 'milton', 'miranda', 'mitchell', 'molly',
  'monica', 'myles', 'nadia', 'naomi', 'natasha', 'neil', 'nigel', 'nina', 'norman', 'oliver',
  'oscar', 'owen', 'paige', 'pamela', 'penelope', 'phil', 'phillip', 'phoebe', 'phyllis', 'priscilla', 'quentin',
  'rachael', 'randall', 'renee', 'rhonda', 'ricky', 'riley', 'rita', 'robin', 'rodney', 'roland', 'ronnie',
  'rosa', 'rosemary', 'ross', 'roxanne', 'sally', 'shane', 'shannon', 'shawn', 'sheila', 'shelby', 'sherry',
  'sidney', 'simon', 'sonia', 'spencer', 'stacy', 'stanley', 'stella', 'stuart', 'sylvia', 'tabitha', 'tamara',
  'tammy', 'tanya', 'taylor', 'terrence', 'tiffany', 'tina', 'toby', 'todd', 'tracy', 'travis', 'trevor', 'valerie',
  'vanessa', 'vera', 'vernon', 'veronica', 'vicki', 'victor', 'vivian', 'wanda', 'wendy', 'wesley', 'whitney', 
  'yvonne', 'zoe',
  // Spanish, Portuguese, Italian, French
  'adriana', 'agustin', 'alejandro', 'alessandro', 'alfonso', 'alfredo', 'alvaro', 'andres', 'antonio', 'beatriz',
  'camila', 'carmen', 'cristina', 'diego', 'eduardo', 'elena', 'enrique', 'ernesto', 'esteban', 'fernando', 'francisco',
  'gabriela', 'gonzalo', 'guillermo', 'gustavo', 'hector', 'ignacio', 'javier', 'joao', 'jorge', 'lucia',
  'manuel', 'marcelo', 'mariana', 'mario', 'marta', 'mateo', 'mauricio', 'nicolas', 'pablo', 'rafael', 'ramon', 'raul',
  'ricardo', 'roberto', 'rodrigo', 'sergio', 'sofia', 'valentina', 'ximena', 'andrea', 'angelo',
  'bruno', 'carlo', 'enzo', 'fabio', 'federico', 'francesca', 'giorgia', 'giovanni', 'giulia', 'giuseppe', 'lorenzo',
  'luca', 'luigi', 'marco', 'massimo', 'matteo', 'paolo', 'pietro', 'riccardo', 'roberta', 'silvio', 'stefano', 'vittorio',
  'amelie', 'antoine', 'benoit', 'camille', 'celine', 'christophe', 'claude', 'didier', 'emile', 'etienne', 'francois',
  'francoise', 'guillaume', 'helene', 'jacques', 'jean-claude', 'jean-luc', 'jean-pierre', 'julien', 'laurent', 'mathieu',
  'michel', 'nathalie', 'olivier', 'philippe', 'pierre', 'pierre-luc', 'remi', 'sebastien', 'sylvie', 'thierry',
  'yves',
  // German, Dutch, Nordic, Finnish
  'andreas', 'anke', 'bernd', 'dieter', 'dirk', 'florian', 'friedrich', 'gerhard', 'gunter', 'hans', 'heinz', 'helmut',
  'jens', 'jurgen', 'karl', 'klaus', 'lars', 'lukas', 'markus', 'matthias', 'olaf', 'rainer', 'sabine', 'stefan',
  'sven', 'thorsten', 'ulrich', 'ursula', 'uwe', 'werner', 'wolfgang', 'anders', 'bjorn', 'henrik', 'ingrid',
  'johan', 'magnus', 'mats', 'nils', 'niklas', 'oskar', 'rasmus', 'mikael', 'nikolaj', 'jesper', 'mette', 'frederik',
  'aleksi', 'antti', 'artturi', 'eetu', 'jari', 'joonas', 'juha', 'jukka', 'kimmo', 'markku', 'mikko', 'olli', 'pekka',
  'sami', 'teemu', 'timo', 'tuukka', 'valtteri', 'ville', 'patrik', 'nino', 'filip', 'tomas', 'jakub', 'marek', 'piotr',
  'krzysztof', 'tomasz', 'pawel', 'zdeno', 'luka', 'goran', 'dragan', 'nikola',
  // Russian, Ukrainian and other Slavic
  'aleksander', 'aleksandr', 'aleksei', 'alexei', 'alexey', 'anatoly', 'andrei', 'andrey', 'anton', 'artem', 'artemi',
  'denis', 'dmitri', 'dmitry', 'evgeni', 'evgenii', 'evgeny', 'fyodor', 'gennady', 'grigory', 'igor', 'ilya', 'ivan',
  'kirill', 'konstantin', 'leonid', 'maxim', 'mikhail', 'nikita', 'nikolai', 'oleg', 'oleksandr', 'pavel', 'petro',
  'semyon', 'sergei', 'sergey', 'stanislav', 'valery', 'vasily', 'viktor', 'vitaly', 'volodymyr', 'vyacheslav', 'yaroslav',
  'yevgeny', 'yuri', 'yulia', 'irina', 'natalia', 'natalya', 'olga', 'svetlana', 'tatiana', 'tatyana', 'ekaterina',
  'yekaterina', 'ludmila', 'lyudmila', 'galina', 'oksana', 'anastasia', 'daria', 'alina', 'vladislav',
  // Arabic, Persian, Turkish, South Asian
  'abdul', 'abdullah', 'ahmad', 'amir', 'ayman', 'bashar', 'fatima', 'hamid', 'hamidou', 'hassan', 'hussein', 'ibrahim',
  'ismail', 'jamal', 'khalid', 'mahmoud', 'mohamed', 'mohammad', 'mustafa', 'nasser', 'omar', 'osama', 'rashid', 'saad',
  'saeed', 'salman', 'samir', 'tariq', 'yasser', 'youssef', 'yusuf', 'zainab', 'ali', 'hasan', 'mehmet', 'ahmet', 'emre',
  'hossein', 'javad', 'reza', 'abhishek', 'amit', 'anil', 'arjun', 'arvind', 'deepak', 'lakshmi', 'manish', 'nikhil',
  'priya', 'rahul', 'rajesh', 'ravi', 'sanjay', 'shashi', 'sunil', 'suresh', 'vijay', 'vikram', 'imran', 'nawaz', 'shehbaz',
  // African, Japanese
  'abiy', 'chidi', 'cyril', 'emeka', 'jacob', 'kwame', 'kofi', 'nnamdi', 'oluwaseun', 'thabo', 'uhuru', 'yoweri',
  'akira', 'haruki', 'hiroshi', 'kenji', 'naoki', 'shinzo', 'shohei', 'takeshi', 'taro', 'yoshihide', 'yuki', 'fumio',
]);
