--TEST--
global binds a local to the global: existing, new and main-scope variables
--FILE--
<?php
$counter = 0;
function bump() { global $counter; $counter++; return $counter; }
function make() { global $created; $created = [1, 2]; }
function peek() { global $created, $never; var_dump($created, $never); }
bump(); bump();
echo bump(), "\n";
make();
peek();
var_dump($created);
global $counter;
var_dump($counter);
function unset_local() { global $counter; unset($counter); var_dump(isset($counter)); }
unset_local();
var_dump($counter);
function rebind() { global $counter; $x = 100; $counter = &$x; }
rebind();
var_dump($counter);
--EXPECT--
3
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
NULL
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(3)
bool(false)
int(3)
int(3)
