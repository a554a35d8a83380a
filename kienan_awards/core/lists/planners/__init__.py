"""The planners: each kind of list has its own, which checks the list's rows one by one
against the database and against what earlier rows will create, and adds to the plan."""

from __future__ import annotations

from kienan_awards.core.lists.planners.awards import AwardPlanner
from kienan_awards.core.lists.planners.city_answer import CityAnswerPlanner
from kienan_awards.core.lists.planners.clusters import ClusterPlanner
from kienan_awards.core.lists.planners.initiatives import InitiativePlanner
from kienan_awards.core.lists.planners.people import PeoplePlanner
from kienan_awards.core.lists.planners.proposals import ProposalPlanner
from kienan_awards.core.lists.planners.registrations import RegistrationPlanner
from kienan_awards.core.lists.planners.row_planner import RowPlanner
from kienan_awards.core.lists.planners.units import UnitPlanner

PLANNERS: dict[str, type[RowPlanner]] = {
    "awards": AwardPlanner,
    "proposals": ProposalPlanner,
    "people": PeoplePlanner,
    "units": UnitPlanner,
    "registrations": RegistrationPlanner,
    "initiatives": InitiativePlanner,
    "city_answer": CityAnswerPlanner,
    "clusters": ClusterPlanner,
}
