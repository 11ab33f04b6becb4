--TEST--
// and # comments run to the end of the line
--FILE--
<?php
echo "a"; // a comment with "quotes" and ;
echo "b"; # shell-style comment
// echo "never";
#echo "never";
echo "c\n";
--EXPECT--
abc
