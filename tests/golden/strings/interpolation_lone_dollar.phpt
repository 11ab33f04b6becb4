--TEST--
A dollar not followed by a name is literal
--FILE--
<?php
$a = 1;
echo "$ $1 $. a$ {$a}$\n";
echo "cost: 5$\n";
echo "{ }{}$\n";
--EXPECT--
$ $1 $. a$ 1$
cost: 5$
{ }{}$
