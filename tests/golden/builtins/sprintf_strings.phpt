--TEST--
sprintf string conversions, width, precision and custom padding
--FILE--
<?php
echo sprintf("[%s] [%10s] [%-10s] [%'*10s] [%'010s] [%.3s] [%5.2s] [%-5.2s]", "abc", "abc", "abc", "abc", "abc", "abcdef", "abcdef", "abcdef"), "\n";
echo sprintf("[%s] [%s] [%s] [%s] [%s]", true, false, null, 1.0, 0.1 + 0.2), "\n";
--EXPECT--
[abc] [       abc] [abc       ] [*******abc] [0000000abc] [abc] [   ab] [ab   ]
[1] [] [] [1] [0.3]
