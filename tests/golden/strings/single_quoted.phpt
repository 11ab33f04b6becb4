--TEST--
Single quotes: only \\ and \' are escapes
--FILE--
<?php
echo 'a\nb $x {$y} \t', "\n";
echo 'it\'s', "\n";
echo 'back\\slash \q \\', "\n";
echo 'multi
line', "\n";
--EXPECT--
a\nb $x {$y} \t
it's
back\slash \q \
multi
line
