--TEST--
An undefined variable read as a builtin's third or fourth argument warns on the call's line
--FILE--
<?php
printf("%d %s\n", $b, $b);
printf("%s %s %s\n", 1, 2, $c);
echo number_format(1234.5, 2, $dp, $ts), "|\n";
vprintf("%s %s %s\n", $v);
--EXITCODE--
255
--EXPECTF--
Warning: Undefined variable $b in %s on line 2

Warning: Undefined variable $b in %s on line 2
0 

Warning: Undefined variable $c in %s on line 3
1 2 

Warning: Undefined variable $dp in %s on line 4

Warning: Undefined variable $ts in %s on line 4
1,234.50|

Warning: Undefined variable $v in %s on line 5

Fatal error: Uncaught TypeError: vprintf(): Argument #2 ($values) must be of type array, null given in %s:5
Stack trace:
#0 %s(5): vprintf('%%s %%s %%s\n', NULL)
#1 {main}
  thrown in %s on line 5
