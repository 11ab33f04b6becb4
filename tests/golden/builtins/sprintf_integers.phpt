--TEST--
sprintf integer conversions, width, padding and sign
--FILE--
<?php
echo sprintf("[%d] [%5d] [%-5d] [%05d] [%+d] [%+d] [%x] [%X] [%o] [%b] [%c]", 42, 42, 42, 42, 42, -42, 255, 255, 8, 5, 65), "\n";
echo sprintf("[%u] [%d] [%d] [%d]", -1, "12abc", 3.99, true), "\n";
echo sprintf("[%'*8d] [%-'x8d] [%+05d] [%5.1d]", 42, 42, 7, 3), "\n";
--EXPECT--
[42] [   42] [42   ] [00042] [+42] [-42] [ff] [FF] [10] [101] [A]
[18446744073709551615] [12] [3] [1]
[******42] [42xxxxxx] [+0007] [    3]
