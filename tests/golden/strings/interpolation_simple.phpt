--TEST--
Simple $var interpolation
--FILE--
<?php
$a = "x"; $b = 2; $c = 1.5; $t = true; $n = null;
echo "a=$a b=$b c=$c t=$t n=$n\n";
echo "$a$b$c\n";
echo "\$a is not interpolated, $a. is\n";
--EXPECT--
a=x b=2 c=1.5 t=1 n=
x21.5
$a is not interpolated, x. is
